from _chkD import chk, done
c = min(1, 3e6/40e6); chk("clawback rate (%)", c*100, 7.5); chk("payout on 120,000", 120_000*(1-c), 111_000)
chk("OKEx position, 4,168,515 x USD 100 (USD m)", 4_168_515*100/1e6, 416.85, 0.01)
print("   text: 'more than USD 400 million' -> OK")
chk("1,200 BTC at ~USD 7,350 (early Aug 2018 price) in USD m", 1200*7350/1e6, 8.8, 0.1)
done()
