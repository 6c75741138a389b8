#!/usr/bin/env python3
"""Attributes a JFR recording of PipelineLoop to the pipeline's stages.

    java -XX:StartFlightRecording=filename=vig.jfr,settings=profile -Xmx2g \
         -cp vigilance-bench/target/benchmarks.jar org.dutyofvigilance.bench.PipelineLoop \
         vigilance-bench/target/data/chain-1000000.json 5
    vigilance-bench/profile/jfr-stages.py vig.jfr 5

Prints, per stage (the outermost vigilance stage on each stack), the share of CPU samples and the
allocation per run, with the top frames and allocation sites. Needs the JDK's `jfr` tool on the PATH.
"""
import collections, json, subprocess, sys

STAGES = [("indicators (IndicatorEngine)", "measure.IndicatorEngine"), ("risk map (RiskMapper)", "measure.RiskMapper"),
          ("measure, other", "measure.Measures"),
          ("completeness", "completeness.Completeness"), ("scope", "scope.Scope"),
          ("rulebook", "rules.Rulebook"),
          ("FieldConstraints", "check.FieldConstraints"), ("IdentityRules", "check.IdentityRules"),
          ("findCycle", "ChainGraph.findCycle"), ("ReferenceRules", "check.ReferenceRules"),
          ("CodeRules", "check.CodeRules"), ("DateRules", "check.DateRules"),
          ("ConfidentialityRules", "check.ConfidentialityRules"), ("sort findings", "check.StructuralCheck"),
          ("ChainGraph.of", "graph.ChainGraph"), ("ChainJson.read", "json.ChainJson"),
          ("PlainJson.read (baseline)", "baseline.PlainJson")]


def events(recording, kind):
    out = subprocess.run(["jfr", "print", "--json", "--stack-depth", "200", "--events", kind, recording],
                         capture_output=True, text=True, check=True).stdout
    return json.loads(out)["recording"]["events"]


def frames(event):
    st = event["values"]["stackTrace"]
    return [f["method"]["type"]["name"].replace("/", ".") + "." + f["method"]["name"] for f in st["frames"]] if st else []


def stage(names):
    for label, key in STAGES:
        if any(key in n for n in names):
            return label
    return "other"


def main():
    recording, runs = sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 1
    cpu, cpu_top = collections.Counter(), collections.defaultdict(collections.Counter)
    for e in events(recording, "jdk.ExecutionSample"):
        names = frames(e)
        s = stage(names)
        cpu[s] += 1
        cpu_top[s][names[0].rsplit(".", 2)[-2] + "." + names[0].rsplit(".", 1)[-1] if names else "?"] += 1
    total = sum(cpu.values()) or 1
    print("CPU samples by stage")
    for s, n in cpu.most_common():
        top = "; ".join(f"{k} {v}" for k, v in cpu_top[s].most_common(4))
        print(f"  {s:26s} {n:6d} {100 * n / total:5.1f}%  {top}")
    alloc, alloc_top = collections.Counter(), collections.defaultdict(collections.Counter)
    for e in events(recording, "jdk.ObjectAllocationSample"):
        names = frames(e)
        s = stage(names)
        w = e["values"]["weight"]
        alloc[s] += w
        alloc_top[s][e["values"]["objectClass"]["name"].split("/")[-1]] += w
    print(f"Allocation by stage, MB per run ({runs} runs)")
    for s, w in alloc.most_common():
        top = "; ".join(f"{k} {v / 2**20 / runs:.0f}" for k, v in alloc_top[s].most_common(4))
        print(f"  {s:26s} {w / 2**20 / runs:8.0f}  {top}")


if __name__ == "__main__":
    main()
