from django.urls import path

from learning.views import manage_learners

urlpatterns = [
    path("", manage_learners.learner_list, name="manage_learners"),
    path("xuat.csv", manage_learners.learner_export, name="manage_learners_export"),
    path("<int:pk>/", manage_learners.learner_detail, name="manage_learner"),
]
