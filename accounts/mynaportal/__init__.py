"""マイナポータル login: an OpenID Connect provider for django-allauth that checks the nonce and the
id_token signature and keeps nothing but the subject. See docs/features/mynaportal-login.md."""
