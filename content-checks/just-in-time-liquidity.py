# Recheck of term/just-in-time-liquidity
def show(n,c,t): print(f"{n:55s} computed {c:,.4f} | text {t}")
q, px, f = 1000, 3000, 0.0005
show("notional USD", q*px, "about USD 3 million"); fee=q*f; show("fee ETH", fee, "0.5")
share=9/(9+1); show("JIT share with 9x existing liquidity", share, "90%")
show("JIT fee ETH", fee*share, "0.45"); show("JIT fee USD", fee*share*px, "about 1,350"); show("passive fee ETH", fee*(1-share), "0.05")
show("ETH absorbed", q*share, "about 900"); loss=q*share*px*0.001; show("loss on 0.1% move USD", loss, "about 2,700")
show("loss / fee", loss/(fee*share*px), "twice")
