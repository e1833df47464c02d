#!/usr/bin/env python3
"""Writes a voucher CSV of about SIZE_MB megabytes for `gonghui voucher import` (grassroots-basic
chart): vouchers of 2-4 postings, keys 记-N per month, dates over the 12 months of 2026, income
booked before spending so 银行存款 never goes below zero (a posting check refuses that).
Usage: generate-voucher-csv.py SIZE_MB OUT.csv [SEED]"""
import random, sys

size_mb, out = float(sys.argv[1]), sys.argv[2]
rng = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 16)
revenue = ["401", "402", "40301", "40302", "404", "408"]
spending = ["50101", "50102", "50103", "50104", "50105", "50106", "502", "503", "504", "508"]
target = int(size_mb * 1_000_000)
bytes_per_voucher = 134  # about the average of the rows below
vouchers = max(12, target // bytes_per_voucher)
per_month = (vouchers + 11) // 12

def yuan(fen):
    return f"{fen // 100}.{fen % 100:02d}"

bank = 0
written = 0
with open(out, "w", encoding="utf-8", newline="") as f:
    f.write("date,voucher,account,debit,credit,summary\n")
    for month in range(1, 13):
        for index in range(per_month):
            day = 1 + index * 28 // per_month
            date = f"2026-{month:02d}-{day:02d}"
            key = f"记-{index + 1}"
            lines = rng.choice((2, 2, 3, 3, 4))
            amount = rng.randint(100, 10_000_000)
            parts = [amount // (lines - 1)] * (lines - 1)
            parts[0] += amount - sum(parts)
            rows = []
            if bank >= amount and rng.random() < 0.5:
                for part in parts:
                    rows.append(f"{date},{key},{rng.choice(spending)},{yuan(part)},,支出 {index}\n")
                rows.append(f"{date},{key},102,,{yuan(amount)},支出 {index}\n")
                bank -= amount
            else:
                rows.append(f"{date},{key},102,{yuan(amount)},,收入 {index}\n")
                for part in parts:
                    rows.append(f"{date},{key},{rng.choice(revenue)},,{yuan(part)},收入 {index}\n")
                bank += amount
            text = "".join(rows)
            f.write(text)
            written += len(text.encode())
