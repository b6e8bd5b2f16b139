from django.urls import path

from learning.views import manage_roster

urlpatterns = [
    path("", manage_roster.roster, name="roster"),
    path("mau.xlsx", manage_roster.roster_template_download, name="roster_template"),
    path("da-nghi/", manage_roster.roster_mark_left, name="roster_left"),
]
