# Recheck of definition/stability-fee
def show(name, val, text): print(f"{name}: computed {val:.12f} | text {text}")
F = 1.05**(1/31536000); show("per-second factor", F, "about 1.000000001547")
d = 10000*1.05**(90/365); print(f"debt after 90 days: {d:,.4f} | text 10,121.03")
d2 = 10000*F**(90*86400); print(f"via per-second factor: {d2:,.4f}")
