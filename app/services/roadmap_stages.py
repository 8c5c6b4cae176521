"""The seven standard stages of the roadmap (seed 003), which every cluster gets the moment it
is created: the cluster and the roadmap both use them, so they live apart from both."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Cluster, RoadmapItem

#: Seed 003, «Комплекс мер (Дорожная карта)», in its order.
STANDARD_STAGES = [
    "Согласование дизайн-проектов пространств образовательно-производственного центра",
    "Согласование перечней оборудования (инфраструктурных листов)",
    "Объявление закупок товаров, работ, услуг для оснащения",
    "Реализация закупочных процедур для оснащения",
    "Ремонтные работы и приведение пространств в соответствие брендбуку",
    "Оснащение площадок: доставка, установка, наладка и ввод в эксплуатацию оборудования",
    "Открытие и начало функционирования",
]


def add_standard_stages(session: Session, cluster: Cluster) -> None:
    """The seven stages exist, in order, for ``cluster`` (idempotent)."""
    have = set(session.scalars(select(RoadmapItem.standard_stage).where(
        RoadmapItem.cluster_id == cluster.id, RoadmapItem.standard_stage.is_not(None))))
    for number, title in enumerate(STANDARD_STAGES, start=1):
        if number not in have:
            session.add(RoadmapItem(cluster_id=cluster.id, standard_stage=number,
                                    position=number * 10, title=title))
    session.flush()
