from django.urls import path

from learning.views import account

urlpatterns = [
    path("dang-nhap/", account.LoginView.as_view(), name="login"),
    path("dang-xuat/", account.LogoutView.as_view(), name="logout"),
]
