# Dates under /en/ (#13 item 7): "4 December 2026", "4 December 2026, 09:05".
DATE_FORMAT = "j F Y"
DATETIME_FORMAT = "j F Y, H:i"
