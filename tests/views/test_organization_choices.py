"""The organizations a dialog offers (issue 19, no frozen moment): one shared list per
database, read once and again only when the register changed; a combo over it chooses,
answers and shows like any other."""

from __future__ import annotations

from dataclasses import replace

from app.services.participants import OrganizationData
from app.views.widgets.form_dialog import organization_combo, select_data


def _names(combo) -> list[str]:
    return [combo.itemText(i) for i in range(combo.count())]


def test_the_combo_offers_every_organization_by_name_and_answers_its_id(qtbot, services):
    made = {name: services.participants.create(OrganizationData(full_name=full,
                                                                 short_name=short)).id
            for name, full, short in (("b", "Общество «Бета»", ""),
                                      ("a", "Автономная организация «Альфа»", "АНО «Альфа»"),
                                      ("c", "ООО «вектор»", ""))}
    combo = organization_combo(services, made["c"])
    qtbot.addWidget(combo)
    assert _names(combo) == ["— не выбрано —", "АНО «Альфа»", "Общество «Бета»",
                             "ООО «вектор»"]  # by the name shown, «not chosen» first
    assert combo.currentData() == made["c"] and combo.currentIndex() == 3
    assert combo.toolTip() == "ООО «вектор»"
    select_data(combo, made["a"])
    assert combo.currentData() == made["a"]
    assert combo.toolTip() == "Автономная организация «Альфа»"  # the full name
    assert [combo.itemData(i) for i in range(combo.count())] == [
        None, made["a"], made["b"], made["c"]]
    select_data(combo, None)
    assert combo.currentIndex() == 0 and combo.currentData() is None
    select_data(combo, made["a"])
    combo.setCurrentIndex(2)  # chosen by the user
    assert combo.currentData() == made["b"]


def test_the_list_is_read_once_and_again_only_when_the_register_changed(
        qtbot, services, monkeypatch):
    first = services.participants.create(OrganizationData(full_name="ООО «Первое»"))
    reads = []
    real_names = services.participants.names
    monkeypatch.setattr(services.participants, "names",
                        lambda: reads.append(1) or real_names())
    for _ in range(3):  # three dialogs opened: one read
        qtbot.addWidget(organization_combo(services))
    assert len(reads) == 1
    second = services.participants.create(OrganizationData(full_name="ООО «Второе»"))
    combo = organization_combo(services, second.id)  # added a moment ago: it is there
    qtbot.addWidget(combo)
    assert len(reads) == 2 and combo.currentText() == "ООО «Второе»"
    services.participants.update(replace(services.participants.get(first.id),
                                         short_name="«Первое» (новое)"))
    combo = organization_combo(services, first.id)  # renamed: the new name
    qtbot.addWidget(combo)
    assert len(reads) == 3 and combo.currentText() == "«Первое» (новое)"
    services.participants.delete(second.id, services.participants.get(second.id).version)
    combo = organization_combo(services)  # removed: gone from the list
    qtbot.addWidget(combo)
    assert len(reads) == 4 and "ООО «Второе»" not in _names(combo)
