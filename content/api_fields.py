"""Serializers shared by the API fields of page models."""

from rest_framework import serializers


class CodeListField(serializers.Field):
    """A many-to-many of tag rows, shown as their codes: ["student", "employed"]."""

    def to_representation(self, value):
        return [tag.code for tag in value.all()]
