/**
 * `komorebi doctor [--json]`: one line per check with what to do when it fails; exit 1 when any
 * check failed. `--json` prints `{ ok, checks: [{ name, status, detail, fix? }] }`.
 */
import { parseArgs } from "node:util";
import { doctorFailed, runDoctor } from "../doctor/index.js";
import { argsProblem } from "./args.js";
const USAGE = `Usage:
  komorebi doctor [--json]    check configuration, store, content and each configured channel`;
const MARK = {
    ok: "ok  ",
    warn: "warn",
    fail: "FAIL",
    skip: "skip",
};
/** Runs the checks against `env` and prints them. */
export async function runDoctorCommand(args, env, io) {
    let json = false;
    try {
        const { values, positionals } = parseArgs({
            args,
            options: { json: { type: "boolean" } },
            allowPositionals: true,
        });
        if (positionals.length > 0)
            throw new Error(`Unexpected argument "${positionals[0]}"`);
        json = values.json === true;
    }
    catch (error) {
        io.stderr.write(`${argsProblem(error)}\n${USAGE}\n`);
        return 1;
    }
    const checks = await runDoctor(env);
    const failed = doctorFailed(checks);
    if (json) {
        io.stdout.write(`${JSON.stringify({ ok: !failed, checks }, null, 2)}\n`);
    }
    else {
        for (const check of checks) {
            io.stdout.write(`${MARK[check.status]}  ${check.name}: ${check.detail}\n`);
            if (check.fix && check.status !== "ok")
                io.stdout.write(`      → ${check.fix}\n`);
        }
        const count = (status) => checks.filter((c) => c.status === status).length;
        io.stdout.write(failed
            ? `${count("fail")} check(s) failed: fix the lines marked FAIL (→ says how) and run again\n`
            : `all ${checks.length} checks passed${count("warn") > 0 ? ` (${count("warn")} warning(s))` : ""}\n`);
    }
    return failed ? 1 : 0;
}
//# sourceMappingURL=doctor.js.map