from django.urls import path

from . import views

app_name = "articles"
urlpatterns = [
    path("", views.UpdateListView.as_view(), name="updates"),
]
