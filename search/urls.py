from django.urls import path

from . import views

app_name = "search"

urlpatterns = [
    path("", views.PublicSearchView.as_view(), name="public"),
    path("staff/", views.StaffSearchView.as_view(), name="staff"),
    path("suggest/", views.SuggestView.as_view(), name="suggest"),
]
