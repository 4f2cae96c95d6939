// facts only, one per line
st.run()
