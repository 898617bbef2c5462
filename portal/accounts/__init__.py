"""Sign-in, sign-out and password reset on the project's own pages, shared by the CMS
admin and the private workspace."""
