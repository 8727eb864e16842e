"""Turns the figures scripts/bench.sh collected into BENCHMARKS.md and the closing ratio lines."""

import argparse
import datetime
import platform
import re
import statistics
import subprocess


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("results")
    parser.add_argument("markdown")
    for flag in (
        "cores", "connections", "threads", "seconds", "small", "large", "stored", "pool", "mongo_connections", "rounds"
    ):
        parser.add_argument(f"--{flag.replace('_', '-')}", type=int, required=True)
    args = parser.parse_args()

    figures = {}
    with open(args.results) as f:
        for line in f:
            key, value = line.rstrip("\n").split("\t")
            figures[key] = float(value)
    # Runs repeated in rounds (NAME.rN.FIGURE) are also summed up as NAME.FIGURE, the median.
    by_round = {}
    for key, value in figures.items():
        if m := re.fullmatch(r"(.+)\.r(\d+)\.(\w+)", key):
            by_round.setdefault(f"{m[1]}.{m[3]}", []).append(value)
    for key, values in by_round.items():
        figures[key] = statistics.median(values)
    f = figures.__getitem__
    rounds = range(1, args.rounds + 1)

    def paired(run, baseline, figure="rps"):
        """The median over the rounds of RUN's FIGURE over BASELINE's in the same round."""
        return statistics.median(f(f"{run}.r{r}.{figure}") / f(f"{baseline}.r{r}.{figure}") for r in rounds)

    def ms(us):
        return f"{us / 1000:.2f}"

    verify_all = f(f"verify.threads_{args.cores}")
    argon2 = f("argon2.mib")
    ratios = []

    def at_least(name, value, target):
        ratios.append((name, value, f">={target}", value >= target))

    def at_most(name, value, target):
        ratios.append((name, value, f"<={target}", value <= target))

    verify_beside_login = (f("verify.before_login") + f("verify.after_login")) / 2
    at_least("login_vs_raw_verify", f("sqlite_small.login.rps") / verify_beside_login, 0.9)
    # Flow creation runs in the first round only, right after that round's bare hyper run.
    at_least("create_flow_vs_hyper", f("sqlite_small.create.rps") / f("hyper.r1.rps"), 0.6)
    at_least("whoami_vs_hyper", paired("sqlite_small.whoami", "hyper"), 0.7)
    at_most("create_p99_vs_hyper", f("sqlite_small.create.p99") / f("hyper.r1.p99"), 2)
    at_most("create_p99.9_vs_hyper", f("sqlite_small.create.p999") / f("hyper.r1.p999"), 3)
    at_most("whoami_p99_vs_hyper", paired("sqlite_small.whoami", "hyper", "p99"), 2)
    at_most("whoami_p99.9_vs_hyper", paired("sqlite_small.whoami", "hyper", "p999"), 3)
    at_least("whoami_rate_in_login_storm", f("storm.whoami.rps") / f("sqlite_small.whoami.rps"), 0.4)
    at_most("whoami_p99_in_login_storm", f("storm.whoami.p99") / f("sqlite_small.whoami.p99"), 3)
    at_least("mongo_whoami_vs_raw_find", f("mongo.whoami.rps") / f("mongo.raw_find.rps"), 0.7)
    at_least("secantus_whoami_vs_raw_find", f("secantus.whoami.rps") / f("secantus.raw_find.rps"), 0.7)
    peak_over_idle = f("memory.peak_mib") - f("memory.idle_mib")
    at_most("peak_memory_vs_hash_budget", peak_over_idle / (args.pool * argon2), 1.1)
    def per_100k(store):
        grown = f(f"memory.{store}.after_mib") - f(f"memory.{store}.before_mib")
        return grown * 100_000 / args.stored

    at_most("mib_per_100k_sessions", per_100k("sqlite"), 64)
    # Paired like the ratios against bare hyper, with a fresh small store serving beside the large one.
    sizes = f"{args.large}_vs_{args.small}"
    at_most(f"create_cost_at_{sizes}", f("size_small.create.rps") / f("sqlite_large.create.rps"), 1.3)
    for op in ("get_flow", "whoami"):
        at_most(f"{op}_cost_at_{sizes}", paired(f"size_small.{op}", f"sqlite_large.{op}"), 1.3)

    machine = subprocess.run(["uname", "-srm"], capture_output=True, text=True).stdout.strip()
    cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), "?")
    rows = [
        (f"bare hyper (same body size), median of {args.rounds} runs", "hyper"),
        (f"isAlive (the stack's floor: no handler work), SQLite, median of {args.rounds} runs", "sqlite_small.alive"),
        ("createNativeLoginFlow, SQLite", "sqlite_small.create"),
        ("getLoginFlow, SQLite", "sqlite_small.get_flow"),
        (f"toSession, SQLite, median of {args.rounds} runs", "sqlite_small.whoami"),
        ("password login, SQLite", "sqlite_small.login"),
        ("toSession during a login storm", "storm.whoami"),
        ("password logins of the storm", "storm.login"),
        (
            f"createNativeLoginFlow, SQLite, a fresh store of {args.small:,}, paired with the next row",
            "size_small.create",
        ),
        (f"createNativeLoginFlow, SQLite, {args.large:,} stored", "sqlite_large.create"),
        (f"getLoginFlow, SQLite, a fresh store of {args.small:,}, median of {args.rounds} runs", "size_small.get_flow"),
        (f"getLoginFlow, SQLite, {args.large:,} stored, median of {args.rounds} runs", "sqlite_large.get_flow"),
        (f"toSession, SQLite, a fresh store of {args.small:,}, median of {args.rounds} runs", "size_small.whoami"),
        (f"toSession, SQLite, {args.large:,} stored, median of {args.rounds} runs", "sqlite_large.whoami"),
        ("createNativeLoginFlow, MongoDB (FerretDB)", "mongo.create"),
        ("getLoginFlow, MongoDB (FerretDB)", "mongo.get_flow"),
        ("toSession, MongoDB (FerretDB)", "mongo.whoami"),
        ("password login, MongoDB (FerretDB)", "mongo.login"),
        ("toSession, MongoDB-wire (SecantusDB)", "secantus.whoami"),
    ]
    lines = [
        "# Benchmarks",
        "",
        f"Measured {datetime.date.today()} by `scripts/bench.sh` in one invocation (ratios compare runs",
        "made minutes apart on the same machine). Machine: "
        f"{machine}, {cpu}, {args.cores} cores, shared with other work, so absolute numbers are noisy;",
        "the ratios are the figures to watch. Load: wrk, "
        f"{args.threads} threads, {args.connections} connections, {args.seconds} s per run, on the same host.",
        "",
        "## Requests",
        "",
        "| request | req/s | p50 ms | p99 ms | p99.9 ms | failed | CPU stolen | machine stalls |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
    ]

    def stalls(key):
        if key + ".stalls" not in figures:
            return "-"
        return f"{f(key + '.stalls'):.0f} ({ms(f(key + '.longest_stall_us'))})"

    for label, key in rows:
        lines.append(
            f"| {label} | {f(key + '.rps'):,.0f} | {ms(f(key + '.p50'))} | {ms(f(key + '.p99'))} "
            f"| {ms(f(key + '.p999'))} | {f(key + '.failed'):.0f} | {f(key + '.steal'):.1f}% | {stalls(key)} |"
        )
    slow = [
        (f"SQLite, {args.small:,} stored", "sqlite_small.create"),
        (f"a fresh store of {args.small:,}", "size_small.create"),
        (f"{args.large:,} stored", "sqlite_large.create"),
        ("FerretDB", "mongo.create"),
    ]
    lines += [
        "",
        "Flow creation as the server itself timed it (from routing to answer), requests over 25 ms: "
        + ", ".join(
            f"{f(key + '.server_slow'):,.0f} of {f(key + '.rps') * args.seconds:,.0f} ({label})" for label, key in slow
        )
        + ". wrk corrects its percentiles for coordinated omission: a request that took T on a "
        "connection whose requests usually take t also stands for the T/t requests it held back. So "
        "one stall of the flow writer under all connections lifts the run's p99 to a large part of "
        "its length (300 ms in 10 s of 30,000 requests a second: a p99 of about 200 ms), while the "
        "server counts the few dozen requests that were waiting in it. A tail with none here was "
        "spent outside the handlers and the store (see the machine stalls).",
    ]
    failed = [label for label, key in rows if f(key + ".failed") > 0]
    if failed:
        lines += ["", "Runs with failed requests (wrk counts timeouts too): " + ", ".join(failed) + "."]
    lines += [
        "",
        "CPU stolen: the share of the machine's CPU time its hypervisor gave to other guests during "
        "the run (`steal` in /proc/stat); figures from runs with much of it compare poorly with others.",
        "",
        "Machine stalls: how often, during the run, a thread pinned to each CPU at real-time priority "
        "woke over 5 ms late (a hundred wakes a second per CPU), and in brackets the longest lateness in ms; "
        "for rows that are medians, the medians of both. In the guest only the kernel (interrupts, "
        "code it does not preempt) outranks that thread, so a lateness over 5 ms is time the machine "
        "did not run anything of ours: the hypervisor's, which `steal` does not always show, or such "
        "a stretch of the kernel's. A tail figure from a run with stalls says more about the machine "
        "than about the server."
        + ("" if min((v for k, v in figures.items() if k.endswith(".stall_probe_realtime")), default=1) else
           " In this invocation the kernel refused real-time priority, so the lateness also counts "
           "waits behind the load."),
        "",
        "Every measured run follows an unrecorded warm-up run of the same requests (not the login "
        "runs: their flows are single-use).",
        "",
        "## Paired rounds",
        "",
        "Each round runs bare hyper, then (first round only) flow creation, toSession and isAlive, so "
        "that every figure compared with bare hyper has a baseline measured a minute before it. A "
        "target against bare hyper is the median of the rounds' own ratios (flow creation's, the "
        "first round's). The rates of runs of the same build move by a fifth between minutes on "
        "this machine; the ratios of paired runs move less.",
        "",
        "| round | bare hyper req/s | toSession req/s | toSession / hyper | isAlive req/s | isAlive / hyper "
        "| CPU stolen |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for r in rounds:
        hyper, whoami, alive = (f"{run}.r{r}" for run in ("hyper", "sqlite_small.whoami", "sqlite_small.alive"))
        stolen = max(f(f"{run}.steal") for run in (hyper, whoami, alive))
        lines.append(
            f"| {r} | {f(hyper + '.rps'):,.0f} | {f(whoami + '.rps'):,.0f} | "
            f"{f(whoami + '.rps') / f(hyper + '.rps'):.3f} | {f(alive + '.rps'):,.0f} | "
            f"{f(alive + '.rps') / f(hyper + '.rps'):.3f} | {stolen:.1f}% |"
        )
    lines += [
        "",
        f"The stack's floor: `/health/alive`, which does no work of its own, reaches "
        f"{paired('sqlite_small.alive', 'hyper'):.2f} of bare hyper through the same shell, router and "
        "generated layer; toSession reaches "
        f"{paired('sqlite_small.whoami', 'sqlite_small.alive'):.2f} of that floor, and createNativeLoginFlow "
        f"{f('sqlite_small.create.rps') / f('sqlite_small.alive.r1.rps'):.2f} (first round).",
        "",
        f"The costs at {args.large:,} stored records against {args.small:,} are paired the same way: a "
        f"fresh store of {args.small:,} identities and sessions serves beside the large one, and each "
        "round runs the same requests on both, one right after the other (flow creation in the first "
        "round only). Cost: the small store's rate over the large one's.",
        "",
        f"| round | getLoginFlow, {args.small:,} | {args.large:,} | cost | toSession, {args.small:,} | "
        f"{args.large:,} | cost |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for r in rounds:
        cells = []
        for op in ("get_flow", "whoami"):
            small, large = f(f"size_small.{op}.r{r}.rps"), f(f"sqlite_large.{op}.r{r}.rps")
            cells += [f"{small:,.0f}", f"{large:,.0f}", f"{small / large:.3f}"]
        lines.append(f"| {r} | " + " | ".join(cells) + " |")
    lines += [
        "",
        f"Stores seeded with {args.small:,} identities and sessions unless said. A login flow body is "
        f"{f('flow.bytes'):.0f} bytes; the bare hyper server sends a body of that size. MongoDB runs use "
        f"{args.mongo_connections} connections (FerretDB, the test server, stalls under more). Neither "
        "FerretDB 1.24 (SQLite backend) nor SecantusDB is MongoDB: FerretDB scans the table for every "
        "find, even by `_id`, so its figures fall as collections grow.",
        "",
        "## Hashing and memory",
        "",
        "| figure | value |",
        "|---|---:|",
        f"| argon2id verifications/s, 1 thread ({argon2:.0f} MiB) | {f('verify.threads_1'):.1f} |",
        f"| argon2id verifications/s, {args.cores} threads | {verify_all:.1f} |",
        f"| the same right before / after the SQLite login run | {f('verify.before_login'):.1f} / "
        f"{f('verify.after_login'):.1f} |",
        f"| heap idle, after the request runs, before any login (SQLite) | {f('memory.idle_mib'):.1f} MiB "
        f"(all resident: {f('memory.idle_rss_mib'):.1f} MiB) |",
        f"| heap peak during the login runs and the storm | {f('memory.peak_mib'):.1f} MiB |",
        f"| peak resident (file pages included), /usr/bin/time -v | {f('memory.time_max_rss_mib'):.1f} MiB |",
        f"| hash budget: {args.pool} workers x {argon2:.0f} MiB | {args.pool * argon2:.0f} MiB |",
        f"| SQLite: heap before / after {args.stored:,} more logins | "
        f"{f('memory.sqlite.before_mib'):.1f} / {f('memory.sqlite.after_mib'):.1f} MiB |",
        f"| memory store: heap before / after {args.stored:,} more logins | "
        f"{f('memory.memory.before_mib'):.1f} / {f('memory.memory.after_mib'):.1f} MiB "
        f"({per_100k('memory'):.0f} MiB per 100k) |",
        f"| heap serving {args.large:,} SQLite records | {f('memory.large_mib'):.1f} MiB "
        f"(all resident, with the mapped database: {f('memory.large_rss_mib'):.1f} MiB) |",
        f"| session checks answered from kept sessions (SQLite; {args.small:,} / {args.large:,} stored) | "
        f"{f('sqlite_small.kept_share'):.1%} / {f('sqlite_large.kept_share'):.1%} |",
        f"| raw driver finds/s by key, {args.mongo_connections} at once (FerretDB) | "
        f"{f('mongo.raw_find.rps'):,.0f} |",
        f"| the same against SecantusDB | {f('secantus.raw_find.rps'):,.0f} |",
        "",
        "## Targets",
        "",
        "```",
    ]
    summary = [f"ratio {name} {value:.3f} {target} {'ok' if ok else 'short'}" for name, value, target, ok in ratios]
    lines += summary + ["```", ""]
    with open(args.markdown, "w") as out:
        out.write("\n".join(lines))
    print("\n".join(summary))


if __name__ == "__main__":
    main()
