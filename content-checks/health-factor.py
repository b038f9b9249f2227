# Recheck of term/health-factor
def show(name, val, text): print(f"{name}: computed {val:,.4f} | text {text}")
for hf,t in [(1.25,"20%"),(1.5,"about 33.3%"),(2,"a halving (50%)"),(1.1,"about 9%")]:
    show(f"tolerated fall at HF {hf} %", (1-1/hf)*100, t)
hf = 30000*0.83/15000
show("HF", hf, "1.66")
lp = 15000/(10*0.83)
show("liq price", lp, "about 1,807")
show("fall %", (1-lp/3000)*100, "about 39.8%")
show("1-1/1.66 %", (1-1/1.66)*100, "matches 39.8%")
show("HF after debt +5%", 30000*0.83/(15000*1.05), "about 1.58 (debt 15,750)")
show("debt +5%", 15000*1.05, "15,750")
