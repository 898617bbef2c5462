"""The public Wagtail site: pages, StreamField blocks, site settings, editorial set-up."""
