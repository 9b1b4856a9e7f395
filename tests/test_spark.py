"""The README's Spark recipe (mapInPandas with spark_schema) on a local Spark, when pyspark is
installed (it is not in the test extra: a JVM and some 300 MB; CI skips this)."""

from __future__ import annotations

import os
import shutil
import sys

import pytest

pytest.importorskip("pyspark")
if shutil.which("java") is None:
    pytest.skip("Spark needs java", allow_module_level=True)

import pandas as pd

import policyparse
from conftest import DATA


def test_spark_map_in_pandas_gives_the_local_table(tmp_path, monkeypatch):
    from pyspark.sql import SparkSession

    def items(frames):  # defined here, so cloudpickle ships it by value (executors cannot import tests)
        for frame in frames:
            yield policyparse.to_dataframe(policyparse.parse_many(list(frame["path"])), "items")

    monkeypatch.setenv("PYSPARK_PYTHON", sys.executable)  # the executors read with this environment
    paths = sorted(map(str, DATA.glob("*.txt")))
    spark = SparkSession.builder.master("local[2]").appName("policyparse-test").getOrCreate()
    try:
        table = spark.createDataFrame([(p,) for p in paths], "path string")
        out = os.fspath(tmp_path / "items")
        table.mapInPandas(items, schema=policyparse.spark_schema("items")).write.parquet(out)
    finally:
        spark.stop()
    back = pd.read_parquet(out).sort_values(["source", "start"], ignore_index=True)
    local = policyparse.to_dataframe(policyparse.parse_many(paths), "items")
    local = local.sort_values(["source", "start"], ignore_index=True)
    assert len(back) == len(local) > 100
    assert back["item"].tolist() == local["item"].tolist()
    assert back["declared"].astype("Int64").equals(local["declared"])
