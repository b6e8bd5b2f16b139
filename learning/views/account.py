from django.contrib.auth import views as auth_views

from learning.forms_account import PhoneLoginForm


class LoginView(auth_views.LoginView):
    template_name = "learning/account/login.html"
    authentication_form = PhoneLoginForm
    redirect_authenticated_user = True


class LogoutView(auth_views.LogoutView):
    next_page = "/"
