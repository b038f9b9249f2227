# Recheck of term/autocallable table (snowball, coupon accrues with time)
P,cm=10000,0.02
print("coupon per year (text 24%%): %.0f%%"%(cm*12*100))
print("called month 3 (text 10,600): %.0f"%(P*(1+3*cm)))
print("to maturity 12m, no knock-in (text 12,400): %.0f"%(P*(1+12*cm)))
print("knocked in, ends 85%% (text 8,500): %.0f"%(P*0.85))
print("knocked in, ends 60%% (text 6,000): %.0f"%(P*0.60))
