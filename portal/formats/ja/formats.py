# Dates as the site writes them in Japanese (templates use |date:"DATE_FORMAT" / "DATETIME_FORMAT").
# Django's own Japanese DATETIME_FORMAT is "Y年n月j日G:i"; the site has always shown "2026年12月4日 09:05".
DATE_FORMAT = "Y年n月j日"
DATETIME_FORMAT = "Y年n月j日 H:i"
