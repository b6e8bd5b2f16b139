from django.urls import path

from learning.views import manage_requirements as views

urlpatterns = [
    path("", views.requirement_list, name="manage_requirements"),
    path("giao-moi/", views.requirement_new, name="manage_requirement_new"),
    path("<int:pk>/doi-han/", views.requirement_edit, name="manage_requirement_edit"),
    path("<int:pk>/bo/", views.requirement_delete_view, name="manage_requirement_delete"),
]
