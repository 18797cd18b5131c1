"""The sheet editor: task list, edit page, check-your-answers, history, conflicts, autosave, my page.

- ``layout``: what the editor shows (sections, fields, repeat rows) built from a definition, and
  the inverse — the nested data read back from a submitted form.
- ``views``: the server-rendered pages (work with JavaScript off).
- ``api``: the JSON API (ETag / If-Match) used by autosave and by headless clients.
- ``adoption``: an anonymous visitor's card joins their account when they sign up or log in.
- ``mypage``: マイページ (table 2-8).
"""
