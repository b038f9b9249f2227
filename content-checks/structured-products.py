# area/structured-products: no worked example or table. Numeric claims are dated facts, checked by search:
facts = [
 ("Ribbon legacy vault exploit", "about USD 2.7 million, 12 December 2025", "several reports (cryptowatchdaily, edgen, clawditor 2025-12-12, news dated 13 Dec 2025)"),
 ("Friktion withdraw-only", "January 2023 (announced Thu 26 Jan 2023)", "CoinDesk 30 Jan 2023"),
 ("Opyn Squeeth shutdown", "November 2024 (4 Nov 2024; PR #1038 dated 2 Nov 2024)", "squeeth-monorepo PR #1038, web3.new"),
 ("Binance BTC/ETH/BNB leveraged tokens", "halted 28 Feb 2024, delisted 1-3 Apr 2024", "news reports of Binance announcement 19 Feb 2024"),
 ("squared power perp funding", "sigma^2 for p=2: 0.5*2*1 = %.1f x sigma^2" % (0.5*2*1), "Paradigm/Opyn"),
]
for f in facts: print(" | ".join(f))
