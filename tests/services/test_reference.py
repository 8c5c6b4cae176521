"""Reference data shipped in resources/reference, loaded into every database."""

from decimal import Decimal


def test_industry_centres_table_is_the_seed_table(services):
    centres = services.reference.industry_centres()
    assert [c.number for c in centres] == list(range(1, 23))
    first, last = centres[0], centres[-1]
    assert first.industry == "Атомная отрасль"
    assert first.leading_college == "ГБПОУ «Озерский технический колледж»"
    assert last.industry == "Электротехническая промышленность"
    assert last.key_employer == "ООО «Оптикэнерго»"
    assert last.leading_college == "ГБПОУ Республики Мордовия «Саранский электромеханический колледж»"
    pharma = centres[19]
    assert pharma.curating_ministry == (
        "Министерство промышленности и торговли Российской Федерации, "
        "Министерство здравоохранения Российской Федерации")
    assert all("  " not in c.curating_ministry and "\n" not in c.curating_ministry
               for c in centres)


def test_cluster_kinds_and_grant_sizes(services):
    kinds = {k.code: k for k in services.reference.cluster_kinds()}
    assert kinds["production"].grant_amounts == (Decimal("100000000.00"),)
    assert kinds["educational"].grant_amounts == (Decimal("70000000.00"), Decimal("60500000.00"))


def test_industries_by_kind(services):
    production = {i.name for i in services.reference.industries("production")}
    educational = {i.name for i in services.reference.industries("educational")}
    assert "Машиностроение" in production and "Атомная отрасль" in production
    assert "Педагогика" in educational and "Клиническая и профилактическая медицина" in educational
    assert not production & educational
    assert len(production) + len(educational) == len(services.reference.industries())


def test_loading_twice_does_not_duplicate(db_url):
    from app.services import Services, open_store

    for _ in range(2):
        svc = Services(open_store(db_url))
        assert len(svc.reference.industry_centres()) == 22
        assert len(svc.reference.cluster_kinds()) == 2
        svc.close()
