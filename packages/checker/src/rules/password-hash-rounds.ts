import { defineRule } from "../rule";
import { locAt } from "../util/config";

const MIN_BCRYPT_ROUNDS = 10;

export default defineRule({
  id: "password-hash-rounds",
  code: "SL4023",
  severity: "error",
  message: "bcrypt cost {rounds} is below {min}; use at least {min} rounds.",
  docs: "bcrypt with fewer than 10 rounds is fast enough to brute-force leaked hashes (the seed's security practices require >= 10).",
  checklist: ["security"],
  check(ctx) {
    const auth = ctx.ir.config.auth;
    const hashing = auth?.value.passwordHashing;
    if (!auth || hashing?.algorithm !== "bcrypt" || hashing.rounds === undefined) return;
    if (hashing.rounds < MIN_BCRYPT_ROUNDS) {
      ctx.report({ rounds: hashing.rounds, min: MIN_BCRYPT_ROUNDS }, locAt(auth, ["passwordHashing", "rounds"]));
    }
  },
});
