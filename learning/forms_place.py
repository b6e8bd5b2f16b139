"""The place picker shared by manager forms: a province select and a commune select for that
province, within the units the user may act on. Without JavaScript the commune list follows the
province through the "Chọn tỉnh" button, which posts what was chosen so far and gets the form back
with it as `initial`."""

from django import forms
from django.db.models import Q, QuerySet
from django.utils.translation import gettext_lazy as _

from learning.models import AdministrativeUnit

OUT_OF_SCOPE = _("Đơn vị đã chọn không nằm trong phạm vi bạn quản lý.")


class UnitChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj) -> str:
        return obj.name_with_type


class PlaceForm(forms.Form):
    """Subclasses call `place_setup` with the units in scope; `cleaned_data["unit"]` is the commune
    chosen, or the whole province where the scope allows it."""

    province = UnitChoiceField(
        label=_("Tỉnh, thành phố"),
        queryset=AdministrativeUnit.objects.none(),
        empty_label=_("— Chọn tỉnh, thành phố —"),
        error_messages={"required": _("Hãy chọn tỉnh, thành phố."), "invalid_choice": OUT_OF_SCOPE},
    )
    commune = UnitChoiceField(
        label=_("Xã, phường, đặc khu"),
        queryset=AdministrativeUnit.objects.none(),
        required=False,
        error_messages={
            "invalid_choice": _(
                "Xã, phường đã chọn không thuộc tỉnh đã chọn hoặc nằm ngoài phạm vi bạn quản lý. "
                "Sau khi đổi tỉnh, hãy bấm «Chọn tỉnh»."
            )
        },
    )

    def place_setup(self, units: QuerySet[AdministrativeUnit]) -> None:
        scope = units.current()
        communes = scope.communes().order_by("name_ascii")
        whole = scope.provinces()
        provinces = (
            AdministrativeUnit.objects.current()
            .provinces()
            .filter(Q(pk__in=whole.values("pk")) | Q(pk__in=communes.values("parent_id")))
            .order_by("name_ascii")
        )
        province_field = self.fields["province"]
        province_field.queryset = provinces
        only = list(provinces[:2])
        if len(only) == 1:
            # One province to choose from (commune and province managers, trainers): nothing to ask.
            province_field.initial = only[0].pk
            province_field.widget = forms.HiddenInput()
            self.fields["commune"].error_messages["invalid_choice"] = OUT_OF_SCOPE
        self.chosen_province = self._chosen(province_field)

        commune_field = self.fields["commune"]
        province = self.chosen_province
        self.whole_province_allowed = province is not None and whole.filter(pk=province.pk).exists()
        if province is not None:
            commune_field.queryset = communes.filter(parent=province)
        if self.whole_province_allowed:
            commune_field.empty_label = _("— Cả %(province)s —") % {"province": province.name_with_type}
        else:
            commune_field.empty_label = _("— Chọn xã, phường, đặc khu —")
            one_commune = list(commune_field.queryset[:2])
            if len(one_commune) == 1:
                commune_field.initial = one_commune[0].pk

    def _chosen(self, field):
        """The province picked so far: posted, passed back by "Chọn tỉnh", or the only one there is."""
        raw = self.data.get(self.add_prefix("province")) if self.is_bound else None
        raw = raw or self.initial.get("province") or field.initial
        try:
            return field.queryset.filter(pk=int(raw)).first() if raw else None
        except (TypeError, ValueError):
            return None

    def clean(self):
        cleaned = super().clean()
        province, commune = cleaned.get("province"), cleaned.get("commune")
        if province is None or "commune" in self.errors:
            return cleaned
        if commune is None and not self.whole_province_allowed:
            self.add_error("commune", _("Hãy chọn xã, phường, đặc khu."))
        elif commune is None and self.data.get("communes_for") != str(province.pk):
            # The province changed after the commune list was drawn: "Cả tỉnh" was never on screen.
            self.add_error("commune", _("Hãy bấm «Chọn tỉnh» rồi chọn xã, phường hoặc cả tỉnh."))
        cleaned["unit"] = commune or province
        return cleaned
