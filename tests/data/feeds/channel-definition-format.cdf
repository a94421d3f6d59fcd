<?xml version="1.0" encoding="UTF-8"?>
<!-- Written for Veille's tests: a Channel Definition Format file as Internet Explorer 4
     read them, with a BASE for relative addresses and a sub-channel. -->
<CHANNEL HREF="http://cdf.example.com/index.html" BASE="http://cdf.example.com/news/" LASTMOD="1998-11-05T22:12" PRECACHE="YES" LEVEL="0">
  <TITLE>Example Channel News</TITLE>
  <ABSTRACT>The latest news &amp; notes from the example site.</ABSTRACT>
  <LOGO HREF="http://cdf.example.com/logo.gif" STYLE="IMAGE"/>
  <SCHEDULE><INTERVALTIME DAY="1"/></SCHEDULE>
  <ITEM HREF="first.html" LASTMOD="1998-11-05T09:00">
    <TITLE>First story</TITLE>
    <ABSTRACT>What happened first.</ABSTRACT>
    <USAGE VALUE="Channel"/>
  </ITEM>
  <ITEM HREF="http://elsewhere.example.org/second.html">
    <TITLE>Second story</TITLE>
  </ITEM>
  <CHANNEL HREF="sport/index.html" BASE="http://cdf.example.com/sport/">
    <TITLE>Sport</TITLE>
    <ITEM HREF="match.html" LASTMOD="1998-11-04T20:30">
      <TITLE>The match</TITLE>
      <ABSTRACT>A close game.</ABSTRACT>
    </ITEM>
  </CHANNEL>
  <ITEM HREF="third.html">
    <TITLE>Third story</TITLE>
  </ITEM>
</CHANNEL>
