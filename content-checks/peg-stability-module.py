# Recheck of term/peg-stability-module
def show(name, val, text): print(f"{name}: computed {val:,.6f} | text {text}")
tin, tout = 0.0, 0.001
show("lower bound 1/(1+tout)", 1/(1+tout), "about 0.9990"); show("upper bound 1/(1-tin)", 1/(1-tin), "1.0000")
# arbitrage check against dss-psm: sellGem gives gemAmt*(1-tin) DAI; buyGem costs gemAmt*(1+tout) DAI
for p in [0.998, 0.9995, 1.002]:
    up = p*(1-tin) - 1          # sell 1 USDC in, sell DAI at p
    down = 1 - p*(1+tout)       # buy 1+tout DAI at p, get 1 USDC
    print(f"p={p}: arb above profitable={up>0}, arb below profitable={down>0}")
