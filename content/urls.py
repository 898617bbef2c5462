"""URLs of the library outside Wagtail's page tree.

``urlpatterns`` are language-neutral (files, API); ``feed_patterns`` go under the language
prefix so each language has its own feeds.
"""

from django.urls import path

from . import feeds, views

app_name = "content"

urlpatterns = [
    path("tai/<int:pk>/", views.download, name="download"),
    path("goc/<int:pk>/", views.original, name="original"),
    path("video/<int:pk>/", views.video_file, name="video"),
    path("phu-de/<int:pk>/<str:lang>.vtt", views.captions, name="captions"),
]

feed_patterns = [
    path("tai-lieu/rss/", feeds.MaterialsFeed(), name="materials_rss"),
    path("tai-lieu/atom/", feeds.MaterialsAtomFeed(), name="materials_atom"),
]
