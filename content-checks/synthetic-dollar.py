# Recheck of term/synthetic-dollar
def show(name, val, text): print(f"{name}: computed {val:,.4f} | text {text}")
q = 1/3000
show("spot value at 2400", q*2400, "0.8"); show("short gain", q*(3000-2400), "0.2")
fund = 0.0001*3*365; show("funding annual %", fund*100, "10.95%")
y = 0.6*fund + 0.4*0.04; show("backing yield %", y*100, "8.17%")
show("stakers (half staked) %", y/0.5*100, "about 16.3%")
show("negative funding mix %", (0.6*-0.05+0.4*0.04)*100, "minus 1.4%")
show("supply change 14.8->12.6 bn", 14.8-12.6, "(implied 2.2 bn)")
