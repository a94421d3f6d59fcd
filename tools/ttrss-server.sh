#!/usr/bin/env bash
# A Tiny Tiny RSS server on 127.0.0.1 for Veille's sync tests (tests/sync), made of
# Debian's tt-rss, PostgreSQL 15 and PHP's built-in server; nothing listens elsewhere.
#
#   tools/ttrss-server.sh start RUN_DIR PORT [FEEDS_DIR FEEDS_PORT]
#       installs what is missing (needs root, or sudo without a password), starts
#       PostgreSQL when it is not running, makes a fresh database with API access for
#       admin/password, serves tt-rss on 127.0.0.1:PORT and, when given, FEEDS_DIR on
#       127.0.0.1:FEEDS_PORT (python3 -m http.server). Prints "ready" when the API answers.
#   tools/ttrss-server.sh install RUN_DIR
#       only installs what is missing (dev.sh does, so that CI runs the real-server tests).
#   tools/ttrss-server.sh pause RUN_DIR | resume RUN_DIR
#       stops tt-rss's web server alone, and starts it again (a server that went away).
#   tools/ttrss-server.sh stop RUN_DIR
#       stops what `start` started (by the PIDs it wrote in RUN_DIR), PostgreSQL included
#       when `start` was the one to start it.
#
# Stock tt-rss 21 refuses to fetch feeds from loopback addresses and drops the port of
# feed addresses; a test-only plugin and a one-line fix make it fetch our fixture feeds
# (docs/sync.md). Exit 3 means "cannot run here" (not root, no apt): tests skip.
set -euo pipefail

readonly DB=veille_ttrss DB_USER=veille_ttrss DB_PASS=veille_ttrss
readonly WWW=/usr/share/tt-rss/www
readonly HOST=127.0.0.1

say() { echo "ttrss-server: $*" >&2; }
is_installed() { [ "$(dpkg-query -W -f='${Status}' "$1" 2>/dev/null)" = "install ok installed" ]; }
alive() { [ -n "${1:-}" ] && [ -e "/proc/$1" ] && ! grep -q '^State:[[:space:]]*Z' "/proc/$1/status" 2>/dev/null; }

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"
    elif sudo -n true 2>/dev/null; then sudo -n "$@"
    else say "needs root or passwordless sudo"; exit 3
    fi
}

install_packages() {
    local missing=()
    for p in tt-rss postgresql php-cli php-pgsql php-curl php8.2-cgi; do
        is_installed "$p" || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    command -v apt-get >/dev/null || { say "no apt-get to install ${missing[*]}"; exit 3; }
    say "installing ${missing[*]} (about two minutes)"
    # No prompt, no web server configured, no database made by the package: ours below.
    printf '%s\n' 'tt-rss tt-rss/reconfigure-webserver multiselect' \
                  'tt-rss tt-rss/dbconfig-install boolean false' | as_root debconf-set-selections
    # Packages must not start daemons (the tt-rss updater, a PostgreSQL on every address).
    local own_policy=0
    if [ ! -e /usr/sbin/policy-rc.d ]; then
        as_root sh -c 'printf "#!/bin/sh\nexit 101\n" > /usr/sbin/policy-rc.d && chmod 755 /usr/sbin/policy-rc.d'
        own_policy=1
    fi
    apt-cache policy tt-rss 2>/dev/null | grep -q 'Candidate: [0-9]' || as_root apt-get update -qq
    # php8.2-cgi instead of Apache's PHP module, which apt would otherwise pick first.
    local ok=1
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends --no-upgrade \
        -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold \
        tt-rss dbconfig-no-thanks postgresql php-cli php8.2-cgi php-pgsql php-curl libapache2-mod-php8.2- \
        > "$RUN_DIR/apt.log" 2>&1 || ok=0
    [ $own_policy -eq 1 ] && as_root rm -f /usr/sbin/policy-rc.d
    [ $ok -eq 1 ] || { tail -n 20 "$RUN_DIR/apt.log" >&2; exit 1; }
}

start_postgres() {
    local version
    version=$(pg_lsclusters -h | awk '$2 == "main" { print $1; exit }')
    if [ -z "$version" ]; then
        version=$(ls /usr/lib/postgresql | sort -V | tail -n 1)
        as_root pg_createcluster "$version" main >/dev/null
    fi
    PG_PORT=$(pg_lsclusters -h | awk -v v="$version" '$1 == v && $2 == "main" { print $3 }')
    if [ "$(pg_lsclusters -h | awk -v v="$version" '$1 == v && $2 == "main" { print $4 }')" != online ]; then
        as_root pg_ctlcluster "$version" main start -- -o "-c listen_addresses=$HOST" >/dev/null
        echo "$version" > "$RUN_DIR/postgres-started"
    fi
    for _ in $(seq 100); do pg_isready -q -h "$HOST" -p "$PG_PORT" && return 0; sleep 0.1; done
    say "PostgreSQL does not answer on $HOST:$PG_PORT"; exit 1
}

make_database() {
    local admin=(as_root env PGOPTIONS="-c client_min_messages=warning" runuser -u postgres -- psql -p "$PG_PORT" -X -q -A -t -v ON_ERROR_STOP=1)
    # A fresh database at every start: article ids from 1, no feed of an earlier run.
    "${admin[@]}" -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)"
    "${admin[@]}" -c "DO \$\$ BEGIN
        IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$DB_USER') THEN CREATE ROLE $DB_USER LOGIN; END IF;
        ALTER ROLE $DB_USER PASSWORD '$DB_PASS'; END \$\$"
    "${admin[@]}" -c "CREATE DATABASE $DB OWNER $DB_USER ENCODING 'UTF8' TEMPLATE template0"
    local app=(env PGPASSWORD="$DB_PASS" PGOPTIONS='-c client_min_messages=warning'
               psql -h "$HOST" -p "$PG_PORT" -U "$DB_USER" -d "$DB" -X -q -A -t -v ON_ERROR_STOP=1)
    "${app[@]}" -f /usr/share/tt-rss/schema/ttrss_schema_pgsql.sql >/dev/null
    # API access is off by default, and login reads the user's own preference row.
    "${app[@]}" -c "UPDATE ttrss_prefs SET def_value = 'true' WHERE pref_name = 'ENABLE_API_ACCESS';
                    INSERT INTO ttrss_user_prefs (owner_uid, pref_name, profile, value)
                    SELECT id, 'ENABLE_API_ACCESS', NULL, 'true' FROM ttrss_users;"
}

configure_ttrss() {
    as_root tee /etc/tt-rss/database.php >/dev/null <<PHP
<?php
\$dbuser='$DB_USER';
\$dbpass='$DB_PASS';
\$basepath='';
\$dbname='$DB';
\$dbserver='$HOST';
\$dbport='$PG_PORT';
\$dbtype='pgsql';
PHP
    as_root chmod 644 /etc/tt-rss/database.php
    as_root sed -i -E \
        -e "s|define\('SELF_URL_PATH', '[^']*'\);|define('SELF_URL_PATH', 'http://$HOST:$PORT/');|" \
        -e "s|define\('PLUGINS', '[^']*'\);|define('PLUGINS', 'auth_internal, veille_loopback');|" \
        -e "s|define\('LOG_DESTINATION', '[^']*'\);|define('LOG_DESTINATION', '');|" \
        -e "s|define\('CHECK_FOR_UPDATES', true\);|define('CHECK_FOR_UPDATES', false);|" \
        /etc/tt-rss/config.php
    as_root install -d -m 755 "$WWW/plugins.local/veille_loopback"
    as_root tee "$WWW/plugins.local/veille_loopback/init.php" >/dev/null <<'PHP'
<?php
// Test only (Veille's tools/ttrss-server.sh): tt-rss 21 will not fetch from 127.0.0.1;
// this fetches loopback addresses itself, through the hooks a feed fetch offers.
class Veille_Loopback extends Plugin {
	function about() { return array(1.0, "Fetches feeds served on loopback (tests only)", "Veille", true); }
	function api_version() { return 2; }
	function init($host) {
		$host->add_hook($host::HOOK_FETCH_FEED, $this);
		$host->add_hook($host::HOOK_SUBSCRIBE_FEED, $this);
		$host->add_hook($host::HOOK_FEED_BASIC_INFO, $this);
	}
	private function loopback($url) {
		$host = strtolower((string) parse_url($url, PHP_URL_HOST));
		return $host === 'localhost' || strpos($host, '127.') === 0;
	}
	private function get($url) {
		global $fetch_last_error, $fetch_last_error_code, $fetch_last_content_type, $fetch_effective_url;
		$curl = curl_init($url);
		curl_setopt_array($curl, array(CURLOPT_RETURNTRANSFER => true, CURLOPT_FOLLOWLOCATION => true,
			CURLOPT_MAXREDIRS => 3, CURLOPT_CONNECTTIMEOUT => 5, CURLOPT_TIMEOUT => 15));
		$body = curl_exec($curl);
		$fetch_last_error_code = curl_getinfo($curl, CURLINFO_HTTP_CODE);
		$fetch_last_content_type = curl_getinfo($curl, CURLINFO_CONTENT_TYPE);
		$fetch_effective_url = curl_getinfo($curl, CURLINFO_EFFECTIVE_URL);
		$ok = $body !== false && $fetch_last_error_code == 200;
		$fetch_last_error = $ok ? false : "HTTP $fetch_last_error_code " . curl_error($curl);
		curl_close($curl);
		return $ok ? $body : false;
	}
	function hook_fetch_feed($data, $url, $owner_uid, $feed, $last_timestamp, $login, $pass) {
		if ($data || !$this->loopback($url)) return $data;
		$body = $this->get($url);
		return $body ? trim($body) : $data;
	}
	function hook_subscribe_feed($contents, $url, $login, $pass) {
		if ($contents || !$this->loopback($url)) return $contents;
		$body = $this->get($url);
		return $body ? $body : $contents;
	}
	function hook_feed_basic_info($info, $url, $owner_uid, $feed, $login, $pass) {
		if ($info || !$this->loopback($url)) return $info;
		$body = $this->get($url);
		if (!$body) return $info;
		$parser = new FeedParser(trim($body));
		$parser->init();
		if ($parser->error()) return $info;
		return array('title' => mb_substr(clean($parser->get_title()), 0, 199),
			'site_url' => mb_substr(rewrite_relative_url($url, clean($parser->get_link())), 0, 245));
	}
}
PHP
    # tt-rss 21 rebuilds feed addresses without their port: 127.0.0.1:8281 became 127.0.0.1.
    local helper="$WWW/classes/urlhelper.php"
    if ! grep -q 'veille: keep the port' "$helper"; then
        as_root sed -i "s|^\(\t*\)\(\$tmp = \$parts\['scheme'\] . \"://\" . \$parts\['host'\];\)\$|\1\2\n\1if (isset(\$parts['port'])) \$tmp .= ':' . \$parts['port']; // veille: keep the port|" "$helper"
        grep -q 'veille: keep the port' "$helper" || { say "cannot fix $helper"; exit 1; }
    fi
}

start_php() {
    # As www-data: tt-rss refuses some work as root. setsid: out of the caller's group.
    local port=$1 runner=()
    [ "$(id -u)" -eq 0 ] || runner=(sudo -n)
    cd "$WWW"
    setsid "${runner[@]}" setpriv --reuid=www-data --regid=www-data --init-groups \
        php -d log_errors=0 -S "$HOST:$port" -t "$WWW" >> "$RUN_DIR/php.log" 2>&1 < /dev/null &
    echo $! > "$RUN_DIR/php.pid"
    echo "$port" > "$RUN_DIR/port"
    cd - >/dev/null
    local answer=""
    for _ in $(seq 150); do
        answer=$(curl -s -m 5 "http://$HOST:$port/api/" -d '{"op":"login","user":"admin","password":"password"}' || true)
        case "$answer" in *'"status":0'*) return 0 ;; esac
        alive "$(cat "$RUN_DIR/php.pid")" || break
        sleep 0.1
    done
    say "the API does not answer as it should: '$answer' (see $RUN_DIR/php.log)"
    return 1
}

start_feeds() {
    setsid python3 -m http.server --bind "$HOST" --directory "$FEEDS_DIR" "$FEEDS_PORT" \
        > "$RUN_DIR/feeds.log" 2>&1 < /dev/null &
    echo $! > "$RUN_DIR/feeds.pid"
    for _ in $(seq 50); do curl -s -o /dev/null -m 2 "http://$HOST:$FEEDS_PORT/" && return 0; sleep 0.1; done
    say "the feeds are not served on $HOST:$FEEDS_PORT"
    return 1
}

stop_pid_file() {
    local file=$1 pid
    [ -s "$file" ] || return 0
    pid=$(cat "$file")
    rm -f "$file"
    alive "$pid" || return 0
    as_root kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 50); do alive "$pid" || return 0; sleep 0.1; done
    as_root kill -KILL "$pid" 2>/dev/null || true
}

stop() {
    stop_pid_file "$RUN_DIR/feeds.pid"
    stop_pid_file "$RUN_DIR/php.pid"
    if [ -s "$RUN_DIR/postgres-started" ]; then
        as_root pg_ctlcluster "$(cat "$RUN_DIR/postgres-started")" main stop -m fast || true
        rm -f "$RUN_DIR/postgres-started"
    fi
}

COMMAND=${1:-}
RUN_DIR=${2:-}
[ -n "$COMMAND" ] && [ -n "$RUN_DIR" ] || { say "usage: $0 start RUN_DIR PORT [FEEDS_DIR FEEDS_PORT] | pause|resume|stop RUN_DIR"; exit 2; }
mkdir -p "$RUN_DIR"
case "$COMMAND" in
start)
    PORT=${3:?port}
    FEEDS_DIR=${4:-}
    FEEDS_PORT=${5:-}
    [ "$(uname -s)" = Linux ] || { say "Linux only"; exit 3; }
    SECONDS=0
    install_packages
    start_postgres
    make_database
    configure_ttrss
    : > "$RUN_DIR/php.log"
    start_php "$PORT" || { stop; exit 1; }
    if [ -n "$FEEDS_DIR" ]; then start_feeds || { stop; exit 1; }; fi
    echo "ready in ${SECONDS} s: http://$HOST:$PORT/ (admin/password)"
    ;;
stop)
    stop
    ;;
install)
    install_packages
    ;;
pause)
    # The web server alone, as a server that went away; the database stays.
    stop_pid_file "$RUN_DIR/php.pid"
    ;;
resume)
    start_php "$(cat "$RUN_DIR/port")"
    ;;
*)
    say "unknown command $COMMAND"; exit 2 ;;
esac
