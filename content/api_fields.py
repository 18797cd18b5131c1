"""Serializers shared by the API fields of page models."""

from rest_framework import serializers


class CodeListField(serializers.Field):
    """A many-to-many of tag rows, shown as their codes: ["student", "employed"]."""

    def to_representation(self, value):
        return [tag.code for tag in value.all()]


class LocaleCodeField(serializers.Field):
    """A locale shown as its language code: "ja"."""

    def to_representation(self, value):
        return value.language_code
