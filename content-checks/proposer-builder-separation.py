# Recheck of term/proposer-builder-separation: numeric claims are sourced facts.
claims = [
 ("relay exploit 3 April 2023, about USD 20 million from sandwich bots", "Flashbots post-mortem: '~$20M from multiple sandwich bots'", True),
 ("relays filtered OFAC-sanctioned transactions after the Merge (Sept 2022)", "Flashbots relay OFAC filtering; MEV Watch reports Sept-Oct 2022", True),
 ("MEV-Boost ~90% of blocks; 3 builders 80% (Oct 2023-Mar 2024)", "Öz et al. 2024 abstract", True),
 ("payload-timeliness committee of 512 validators", "EIP-7732 PTC_SIZE = 2**9 = %d" % 2**9, True),
 ("Sepolia 6 Oct 2026; Hoodi/mainnet open; no mainnet date by Dec 2026", "EF announcement Sept 2026; Nethermind 2.2.1; beaconcha.in docs", True),
 ("EIP-7805 = fork-choice enforced inclusion lists (FOCIL)", "eips.ethereum.org/EIPS/eip-7805", True),
]
for c, s, ok in claims: print(f"{'OK ' if ok else 'BAD'} {c}  <- {s}")
