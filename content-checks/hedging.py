from _g import *
h=0.98*12/12.5; show("h*", h, "about 0.94"); show("N* BTC", h*50, "about 47")
show("effectiveness %", 0.98**2*100, "about 96%"); show("hedged sd %", 12*math.sqrt(1-0.98**2), "about 2.4%")
# full-variance check with h*
show("hedged sd via formula %", math.sqrt(144+h*h*12.5**2-2*h*0.98*12*12.5), "2.4%")
# inverse hedge: hold 1 BTC, short inverse face USD S0; value in USD at S
S0=100000
for S in (50000,150000):
    btc=1+S0*(1/S-1/S0); show(f"USD value at S={S}", btc*S, "constant (barely moves)")
