# Recheck of definition/overcollateralization
def show(name, val, text): print(f"{name}: computed {val:,.4f} | text {text}")
show("150% -> LTV %", 100/1.5, "66.7%")
show("min C/D, b=5%, m=20% (%)", 1.05/0.8*100, "131.25%")
show("min C/D, b=5%, m=30% (%)", 1.05/0.7*100, "150%")
