"""`mmstudio train MEDIUM DATA --model auto`: every model tried, the winner saved, its leaderboard and reason in
--json; a bad --time-budget is one plain error line."""

from __future__ import annotations

import pytest

from mmstudio.core.checkpoint import load_bundle
from mmstudio.core.media import get_medium
from mmstudio.core.resources import resources_dir
from tests.cli.running import assert_user_error, last_json, mmstudio


@pytest.fixture(scope="module")
def texts(tmp_path_factory):
    """The first 60 rows of the English sample (every class has some)."""
    lines = (resources_dir() / "samples" / "text_en.csv").read_text(encoding="utf-8").splitlines()[:61]
    table = tmp_path_factory.mktemp("texts") / "texts.csv"
    table.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return table


def test_auto_saves_the_winner_and_reports_the_leaderboard(texts, tmp_path):
    out = tmp_path / "best.mmstudio"
    result = mmstudio(
        "train", "text", texts, "--out", out, "--model", "auto", "--time-budget", "60", "--epochs", "2",
        "--no-fit-on-all", "--bidirectional", "--json",
    )
    assert result.returncode == 0, result.stderr
    report = last_json(result)
    board = report["leaderboard"]
    tried = {row["model"] for row in board}
    assert len(tried) >= 4 and tried <= set(get_medium("text").models)
    for name in set(get_medium("text").models) - tried:  # its package is missing here
        assert f"warning: The model '{name}' was left out of the search" in result.stderr
    assert report["model"] == board[0]["model"] == load_bundle(out).model
    assert report["val_accuracy"] == board[0]["val_accuracy"] == max(row["val_accuracy"] for row in board)
    assert all(row["epochs"] == 2 and row["seconds"] >= 0 for row in board)
    assert report["reason"].startswith(f"{report['model']} ")
    for k in range(1, len(board) + 1):
        assert f"model {k}/{len(board)}:" in result.stderr  # which model is training
    winner = load_bundle(out)
    recurrent = get_medium("text").models[winner.model].sequential
    assert winner.model_config.get("bidirectional") is (True if recurrent else None)  # where it applies only


@pytest.mark.parametrize(
    "option", [["--model", "auto", "--time-budget", "1"], ["--model", "auto", "--time-budget", "nan"],
               ["--time-budget", "60"]]
)
def test_a_bad_time_budget_is_one_plain_error(texts, tmp_path, option):
    result = mmstudio("train", "text", texts, "--out", tmp_path / "m.mmstudio", *option)
    assert "time budget" in assert_user_error(result).replace("--time-budget", "time budget")
