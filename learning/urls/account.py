from django.urls import path

from learning.views import account

urlpatterns = [
    path("dang-nhap/", account.LoginView.as_view(), name="login"),
    path("dang-xuat/", account.LogoutView.as_view(), name="logout"),
    path("dang-ky/", account.signup_view, name="signup"),
    path("xac-nhan/", account.signup_confirm_view, name="signup_confirm"),
    path("xa-phuong/", account.commune_options_view, name="commune_options"),
    path("quen-mat-khau/", account.password_reset_view, name="password_reset"),
    path("quen-mat-khau/nhap-ma/", account.password_reset_confirm_view, name="password_reset_confirm"),
    path("dang-ky-ho/", account.assisted_signup_view, name="assisted_signup"),
    path("dang-ky-ho/xong/<int:pk>/", account.assisted_signup_done_view, name="assisted_signup_done"),
]
