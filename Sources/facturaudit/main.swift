print("facturaudit")
