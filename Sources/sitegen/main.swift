import SitegenCore
print("sitegen")
