from django.urls import path

from learning.views import second_factor

urlpatterns = [
    path("xac-thuc-hai-buoc/", second_factor.second_factor_page, name="second_factor"),
    path("xac-thuc-hai-buoc/tat/", second_factor.second_factor_turn_off, name="second_factor_turn_off"),
]
