# Recheck of area/market-microstructure: no worked arithmetic; numeric claims are sourced facts.
claims = [
 ("three builders made 80% of MEV-Boost blocks, Oct 2023-Mar 2024", "Öz et al. 2024 abstract (arXiv 2407.13931 / AFT 2024): 'only three builders produced 80%'", True),
 ("MEV-Boost carried about nine in ten Ethereum blocks", "same abstract: 'approximately 90% of all Ethereum blocks'", True),
 ("Glamsterdam on Sepolia 6 Oct 2026", "EF blog 2026/09/17 glamsterdam-testnet-announcement; ethrex v28 notes (epoch 353024, 13:53:36 UTC)", True),
 ("Hoodi fork planned 26 Oct 2026 taken off schedule", "Nethermind v2.2.1 release notes (22 Oct 2026); Rocket Pool v1.25.1; beaconcha.in docs", True),
 ("no mainnet date as of Dec 2026", "beaconcha.in Glamsterdam API page: 'Mainnet has no fork date yet either'", True),
]
for c, s, ok in claims: print(f"{'OK ' if ok else 'BAD'} {c}  <- {s}")
print("3 of 3 builders share:", 0.80, " MEV-Boost share:", 0.90, "-> 'nine in ten' =", 9/10)
