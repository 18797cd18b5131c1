"""Writing many rows fast: COPY on PostgreSQL, multi-row INSERTs elsewhere.

Used for roll-up rows and buffered events, which need no ids back. ``bulk_create``'s per-row work,
then the INSERT statement itself, dominated both (COPY is ~10× faster; bench/insights.py).
"""

from __future__ import annotations

from django.db import connection, models


def _same(value):
    return value


def insert_rows(model, objects, chunk: int = 500) -> None:
    fields = [field for field in model._meta.concrete_fields if not field.primary_key]
    table = connection.ops.quote_name(model._meta.db_table)
    columns = ", ".join(connection.ops.quote_name(field.column) for field in fields)
    if connection.vendor == "postgresql":
        with (
            connection.cursor() as cursor,
            cursor.cursor.copy(f"COPY {table} ({columns}) FROM STDIN") as copy,
        ):
            for obj in objects:
                copy.write_row([getattr(obj, field.attname) for field in fields])
        return
    row_sql = "(" + ", ".join(["%s"] * len(fields)) + ")"
    prepare = [
        connection.ops.adapt_datetimefield_value
        if isinstance(field, models.DateTimeField)
        else (connection.ops.adapt_datefield_value if isinstance(field, models.DateField) else _same)
        for field in fields
    ]
    with connection.cursor() as cursor:
        for start in range(0, len(objects), chunk):
            batch = objects[start : start + chunk]
            params = [
                prepare[i](getattr(obj, field.attname)) for obj in batch for i, field in enumerate(fields)
            ]
            values = ", ".join([row_sql] * len(batch))
            # Table and column names come from the model; every value is a parameter.
            cursor.execute(f"INSERT INTO {table} ({columns}) VALUES {values}", params)  # noqa: S608
