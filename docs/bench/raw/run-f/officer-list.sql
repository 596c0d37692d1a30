-- An officer's list of their reviews (MyReviews_List: every review, newest
-- month first, a page of 20) by hand: each with its hosts and programme,
-- and the total.
SELECT r.id, r.state, r.target_month, p.id AS programme_id, p.name AS programme_name, (SELECT json_agg(json_build_object('id', o.id, 'name', o.name) ORDER BY h.position) FROM review_hosts h JOIN organisations o ON o.id = h.authority_id WHERE h.review_id = r.id) AS hosts, (SELECT count(*) FROM reviews) AS total FROM reviews r JOIN programmes p ON p.id = r.programme_id ORDER BY r.target_month DESC, r.id LIMIT 20;
