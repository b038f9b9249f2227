# Recheck of term/recursive-borrowing
def show(name, val, text): print(f"{name}: computed {val:,.4f} | text {text}")
lam = 0.9
show("exposure after 5 rounds (k=0..5)", sum(lam**k for k in range(6)), "about 4.69")
show("closed form", (1-lam**6)/(1-lam), "about 4.69"); show("limit", 1/(1-lam), "10")
show("limit at 93% LTV", 1/(1-0.93), "about 14.3")
C, D, E, rc, rb = 100, 90, 10, 0.03, 0.025
show("net ETH/yr", C*rc - D*rb, "0.75"); show("ROE %", (C*rc-D*rb)/E*100, "7.5%")
L = C/E; show("r_E formula %", (L*rc-(L-1)*rb)*100, "7.5%")
show("break-even borrow %", rc*C/D*100, "about 3.33%")
show("net at 4%", C*rc - D*0.04, "-0.6"); show("ROE at 4% %", (C*rc-D*0.04)/E*100, "-6%")
hf = C*0.95/D; show("HF", hf, "about 1.056"); show("fall to HF 1 %", (1-1/hf)*100, "about 5.3%")
