from consensus_app.core.hierarchy import find_reporting_cycle, would_create_cycle


def test_a_tree_has_no_cycle() -> None:
    assert find_reporting_cycle({"ceo": None, "cfo": "ceo", "it": "cfo", "ops": "ceo"}) is None


def test_a_loop_is_reported_as_the_people_in_it() -> None:
    cycle = find_reporting_cycle({"ceo": None, "a": "b", "b": "c", "c": "a"})
    assert cycle is not None
    assert cycle[0] == cycle[-1]
    assert set(cycle) == {"a", "b", "c"}


def test_someone_reporting_to_themselves_is_a_cycle() -> None:
    assert find_reporting_cycle({"a": "a"}) == ["a", "a"]


def test_a_manager_outside_the_mapping_ends_the_chain() -> None:
    assert find_reporting_cycle({"a": "outside"}) is None


def test_would_create_cycle_names_the_loop_a_new_manager_would_close() -> None:
    chart = {"ceo": None, "cfo": "ceo", "it": "cfo"}
    assert would_create_cycle(chart, "ceo", "it") == ["ceo", "it", "cfo", "ceo"]
    assert would_create_cycle(chart, "it", "ceo") is None
    assert would_create_cycle(chart, "cfo", None) is None
