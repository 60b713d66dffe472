#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Incident Workbench contributors
"""Compare learners on the fact classifier's own examples.

Reads the SVMlight file that `incident-cli learn --evaluate --gold DIR
--examples FILE` writes (one labelled rule proposal per line, qid = article),
cross-validates each learner with the same article-grouped folds (article i
in fold i mod K: no article is in a training and a test set), and prints
held-out precision, recall, F1 (threshold 0.5), ROC AUC and the training
time on one core.

Needs Debian's liblinear-tools (liblinear-train, liblinear-predict) and
python3-xgboost with python3-scipy; neither is needed to build or run the
workbench. Used once to choose the library (docs/extraction.md#learning).
"""
import argparse
import os
import subprocess
import sys
import tempfile
import time


def read_examples(path):
    rows = []
    with open(path, encoding="ascii") as f:
        for line in f:
            parts = line.split()
            label = int(parts[0])
            qid = int(parts[1].split(":")[1])
            features = [int(p.split(":")[0]) for p in parts[2:]]
            rows.append((label, qid, features))
    return rows


def auc(labels, scores):
    pairs = sorted(zip(scores, labels))
    rank_sum, positives, i = 0.0, 0, 0
    while i < len(pairs):
        j = i
        while j < len(pairs) and pairs[j][0] == pairs[i][0]:
            j += 1
        mean_rank = (i + j + 1) / 2
        for k in range(i, j):
            if pairs[k][1]:
                rank_sum += mean_rank
                positives += 1
        i = j
    negatives = len(pairs) - positives
    if not positives or not negatives:
        return 0.0
    return (rank_sum - positives * (positives + 1) / 2) / (positives * negatives)


def liblinear(train, test, workdir, solver, cost):
    train_path = os.path.join(workdir, "train.svm")
    test_path = os.path.join(workdir, "test.svm")
    for path, rows in ((train_path, train), (test_path, test)):
        with open(path, "w") as f:
            for label, _, features in rows:
                f.write("%s %s\n" % ("+1" if label else "-1", " ".join("%d:1" % i for i in features)))
    model_path = os.path.join(workdir, "model")
    t0 = time.perf_counter()
    subprocess.run(["liblinear-train", "-q", "-s", str(solver), "-c", str(cost), train_path, model_path], check=True)
    seconds = time.perf_counter() - t0
    out_path = os.path.join(workdir, "out")
    subprocess.run(["liblinear-predict", "-b", "1", "-q", test_path, model_path, out_path], check=True,
                   stdout=subprocess.DEVNULL)
    with open(out_path) as f:
        header = f.readline().split()
        positive_column = header.index("1") if "1" in header else header.index("+1")
        scores = [float(line.split()[positive_column]) for line in f]
    return scores, seconds


def xgboost(train, test, rounds, depth):
    import numpy
    import scipy.sparse
    import xgboost as xgb

    def matrix(rows):
        indptr, indices = [0], []
        for _, _, features in rows:
            indices.extend(features)
            indptr.append(len(indices))
        data = numpy.ones(len(indices), dtype=numpy.float32)
        width = max((max(f) for _, _, f in train + test if f), default=0) + 1
        return scipy.sparse.csr_matrix((data, indices, indptr), shape=(len(rows), width))

    dtrain = xgb.DMatrix(matrix(train), label=[r[0] for r in train])
    dtest = xgb.DMatrix(matrix(test))
    params = {"objective": "binary:logistic", "max_depth": depth, "eta": 0.1, "nthread": 1,
              "tree_method": "hist", "eval_metric": "logloss"}
    t0 = time.perf_counter()
    booster = xgb.train(params, dtrain, num_boost_round=rounds)
    seconds = time.perf_counter() - t0
    return list(booster.predict(dtest)), seconds


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("examples")
    ap.add_argument("--folds", type=int, default=5)
    args = ap.parse_args()
    rows = read_examples(args.examples)
    learners = [
        ("LIBLINEAR L2R_LR C=0.5", lambda tr, te, d: liblinear(tr, te, d, 0, 0.5)),
        ("LIBLINEAR L2R_LR C=2", lambda tr, te, d: liblinear(tr, te, d, 0, 2)),
        ("LIBLINEAR L1R_LR C=1", lambda tr, te, d: liblinear(tr, te, d, 6, 1)),
        ("XGBoost 200 trees depth 6", lambda tr, te, d: xgboost(tr, te, 200, 6)),
        ("XGBoost 400 trees depth 3", lambda tr, te, d: xgboost(tr, te, 400, 3)),
    ]
    print("%d examples (%d true facts) from %d articles, %d folds by article"
          % (len(rows), sum(r[0] for r in rows), len({r[1] for r in rows}), args.folds))
    print("%-28s %6s %6s %6s %6s %9s" % ("learner", "P", "R", "F1", "AUC", "train s"))
    with tempfile.TemporaryDirectory() as workdir:
        for name, learn in learners:
            labels, scores, seconds = [], [], 0.0
            for fold in range(args.folds):
                train = [r for r in rows if r[1] % args.folds != fold]
                test = [r for r in rows if r[1] % args.folds == fold]
                s, t = learn(train, test, workdir)
                scores += s
                labels += [r[0] for r in test]
                seconds += t
            tp = sum(1 for l, s in zip(labels, scores) if l and s >= 0.5)
            fp = sum(1 for l, s in zip(labels, scores) if not l and s >= 0.5)
            fn = sum(1 for l, s in zip(labels, scores) if l and s < 0.5)
            p = tp / (tp + fp) if tp + fp else 0.0
            r = tp / (tp + fn) if tp + fn else 0.0
            f = 2 * p * r / (p + r) if p + r else 0.0
            print("%-28s %6.3f %6.3f %6.3f %6.3f %9.2f" % (name, p, r, f, auc(labels, scores), seconds / args.folds))
    return 0


if __name__ == "__main__":
    sys.exit(main())
