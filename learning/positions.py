"""The posts a commune's roster usually names since the two-level local government (1 July 2025):
the People's Committee's leaders, its specialised offices (Nghị định 150/2025/NĐ-CP: Văn phòng
HĐND và UBND, Phòng Kinh tế, Phòng Văn hóa - Xã hội) and the public administrative service centre.
Examples, the demo and the benchmarks use them; a roster may name any post."""

COMMUNE_POSTS = (
    "Chủ tịch UBND xã",
    "Phó Chủ tịch UBND xã",
    "Chánh Văn phòng HĐND và UBND xã",
    "Công chức Văn phòng HĐND và UBND xã",
    "Trưởng phòng Kinh tế",
    "Công chức Phòng Kinh tế",
    "Trưởng phòng Văn hóa - Xã hội",
    "Công chức Phòng Văn hóa - Xã hội",
    "Giám đốc Trung tâm Phục vụ hành chính công xã",
    "Công chức Trung tâm Phục vụ hành chính công xã",
)
# The posts a commune has several of: its offices' and the centre's staff.
STAFF_POSTS = tuple(post for post in COMMUNE_POSTS if post.startswith("Công chức"))
