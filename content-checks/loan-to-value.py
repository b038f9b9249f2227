# Recheck of definition/loan-to-value
def show(name, val, text): print(f"{name}: computed {val:,.4f} | text {text}")
C=10*3000; D=18000
show("collateral", C, "30,000")
show("current LTV %", D/C*100, "60%")
show("max borrow at 80%", C*0.8, "24,000")
show("headroom", C*0.8-D, "6,000")
p = D/(10*0.83)
show("liq price", p, "about 2,169")
show("fall %", (1-p/3000)*100, "about 27.7%")
show("Maker 150% -> LTV %", 100/1.5, "66.7%")
# weighted LTV formula check (sum C_i LTV_i / sum C_i) with the collateral entry's numbers
print("weighted LTV example:", (30000*0.8+10000*0.75)/40000)
